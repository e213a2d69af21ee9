namespace Spotify.Contracts.Playlists;

/// <summary>An edit of a playlist was refused, for <see cref="Rejection"/>; nothing was changed.</summary>
[GenerateSerializer, Alias("spotify.playlists.PlaylistEditRejectedException")]
public sealed class PlaylistEditRejectedException : Exception
{
    public PlaylistEditRejectedException()
    {
    }

    public PlaylistEditRejectedException(string message)
        : base(message)
    {
    }

    public PlaylistEditRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PlaylistEditRejectedException(PlaylistEditRejection rejection, string message)
        : base(message) => Rejection = rejection;

    [Id(0)]
    public PlaylistEditRejection Rejection { get; private set; } = PlaylistEditRejection.Invalid;
}
