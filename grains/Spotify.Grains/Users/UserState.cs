using Spotify.Contracts.Users;

namespace Spotify.Grains.Users;

[GenerateSerializer, Alias("spotify.grains.UserState")]
public sealed class UserState
{
    [Id(0)]
    public UserProfile? Profile { get; set; }

    [Id(1)]
    public string? PasswordHash { get; set; }
}
