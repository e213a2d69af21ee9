namespace Spotify.Hosting;

/// <summary>Exit codes of the silo and gateway processes.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>EX_CONFIG from sysexits.h: a setting is missing or malformed.</summary>
    public const int InvalidConfiguration = 78;
}
