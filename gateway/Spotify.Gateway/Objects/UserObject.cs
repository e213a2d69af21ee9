using System.Text.Json.Serialization;

namespace Spotify.Gateway.Objects;

/// <summary>
/// Spotify's user object. The private fields appear only for the account's owner, and only with
/// the scopes that grant them (<c>user-read-email</c>, <c>user-read-private</c>).
/// </summary>
public sealed record UserObject(
    string? DisplayName,
    ExternalUrls ExternalUrls,
    FollowersObject Followers,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Type,
    string Uri)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Email { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Country { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Product { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExplicitContentObject? ExplicitContent { get; init; }
}
