namespace Spotify.Gateway.Objects;

/// <summary>
/// The Spotify Web API's device object. Plays are reported after the fact, so the device is the
/// app that reported them, which this platform cannot control remotely (restricted, no id).
/// </summary>
public sealed record DeviceObject(
    string? Id,
    bool IsActive,
    bool IsPrivateSession,
    bool IsRestricted,
    string Name,
    string Type,
    int? VolumePercent,
    bool SupportsVolume)
{
    public static readonly DeviceObject ReportingApp = new(
        Id: null, IsActive: false, IsPrivateSession: false, IsRestricted: true, "Reporting app", "Unknown", VolumePercent: null, SupportsVolume: false);
}
