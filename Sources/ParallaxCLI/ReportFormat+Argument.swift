public import ArgumentParser
public import ParallaxReport

extension ReportFormat: ExpressibleByArgument {}
