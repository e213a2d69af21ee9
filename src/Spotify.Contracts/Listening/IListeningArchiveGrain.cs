namespace Spotify.Contracts.Listening;

/// <summary>The archive's consumer of a user's listening-history stream (keyed by user id); it has no methods of its own.</summary>
[Alias("spotify.listening.IListeningArchiveGrain")]
public interface IListeningArchiveGrain : IGrainWithStringKey;
