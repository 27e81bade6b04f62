/// The version `parallax --version` prints.
enum ParallaxVersion {
    static let current = "0.1.0"
}
