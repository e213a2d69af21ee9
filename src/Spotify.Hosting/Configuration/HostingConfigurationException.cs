namespace Spotify.Hosting.Configuration;

/// <summary>Start-up failed because settings are missing or malformed; the message names each key.</summary>
public sealed class HostingConfigurationException(IReadOnlyList<string> problems)
    : Exception("Invalid configuration: " + string.Join("; ", problems) + ".")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
