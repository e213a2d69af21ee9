using Spotify.Contracts.Ids;
using Spotify.Contracts.Users;
using Spotify.Gateway.Links;

namespace Spotify.Gateway.Objects;

public static class UserObjects
{
    public static UserObject Public(UserProfile profile, ApiUrls urls) => new(
        profile.DisplayName,
        new ExternalUrls(),
        new FollowersObject(Href: null, profile.Followers),
        urls.User(profile.Id),
        profile.Id,
        Images: [],
        "user",
        SpotifyUri.User(profile.Id));

    /// <summary>The owner's view: the email with <c>user-read-email</c>, country and product with <c>user-read-private</c>.</summary>
    public static UserObject Private(UserProfile profile, ApiUrls urls, bool withEmail, bool withPrivateDetails) =>
        Public(profile, urls) with
        {
            Email = withEmail ? profile.Email : null,
            Country = withPrivateDetails && profile.Country.Length > 0 ? profile.Country : null,
            Product = withPrivateDetails ? profile.Product : null,
            ExplicitContent = withPrivateDetails ? new ExplicitContentObject(FilterEnabled: false, FilterLocked: false) : null,
        };
}
