namespace Spotify.Gateway.Objects;

public sealed record FollowedArtistsResponse(CursorPagingObject<ArtistObject> Artists);
