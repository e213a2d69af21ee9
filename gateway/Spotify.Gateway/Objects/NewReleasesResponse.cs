namespace Spotify.Gateway.Objects;

public sealed record NewReleasesResponse(PagingObject<SimplifiedAlbumObject> Albums);
