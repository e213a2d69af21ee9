using Microsoft.Extensions.Configuration;

namespace Spotify.Hosting.Configuration;

public static class ProfileReader
{
    /// <exception cref="HostingConfigurationException"><c>Spotify:Profile</c> names no profile.</exception>
    public static SpotifyProfile Read(IConfiguration configuration)
    {
        var reader = new SettingsReader(configuration);
        var profile = reader.Choice(SettingKeys.Profile, SpotifyProfile.Embedded);
        reader.ThrowIfInvalid();
        return profile;
    }
}
