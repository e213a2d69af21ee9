namespace Spotify.Grains.Users;

[GenerateSerializer, Alias("spotify.grains.UserEmailState")]
public sealed class UserEmailState
{
    [Id(0)]
    public string? UserId { get; set; }
}
