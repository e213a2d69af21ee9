namespace Spotify.Hosting.Configuration;

/// <summary>Which Orleans cluster and service a silo or client belongs to.</summary>
public sealed record ClusterIdentity(string ClusterId, string ServiceId)
{
    public const string DefaultClusterId = "spotify";
    public const string DefaultServiceId = "spotify";

    public static ClusterIdentity Read(SettingsReader reader) => new(
        reader.OptionalOrDefault(SettingKeys.ClusterId, DefaultClusterId),
        reader.OptionalOrDefault(SettingKeys.ServiceId, DefaultServiceId));
}
