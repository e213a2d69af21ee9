using System.Collections.Immutable;
using Orleans.Concurrency;
using Spotify.Contracts.Media;

namespace Spotify.Contracts.Catalog;

/// <summary>One catalog track, keyed by its base62 id, with the count of its recent plays and its published audio.</summary>
[Alias("spotify.catalog.ITrackGrain")]
public interface ITrackGrain : IGrainWithStringKey
{
    /// <summary>The track, or null when no track has this id.</summary>
    [Alias("GetAsync")]
    Task<TrackDetails?> GetAsync();

    [Alias("UpsertAsync")]
    Task UpsertAsync(TrackDetails track);

    /// <summary>Counts plays of this track heard at <paramref name="at"/>; they raise its popularity. Fire and forget.</summary>
    [OneWay, Alias("RecordPlaysAsync")]
    Task RecordPlaysAsync(int plays, DateTimeOffset at);

    /// <summary>The published audio, or null while the track has none.</summary>
    [Alias("GetAudioAsync")]
    Task<TrackAudio?> GetAudioAsync();

    /// <summary>
    /// The track's content key (16 bytes, AES-128) that every version of its audio is encrypted
    /// with, made on first use; empty when no track has this id.
    /// </summary>
    [Alias("GetOrCreateContentKeyAsync")]
    Task<ImmutableArray<byte>> GetOrCreateContentKeyAsync();

    /// <summary>The content key, or empty while the track has no published audio.</summary>
    [Alias("GetContentKeyAsync")]
    Task<ImmutableArray<byte>> GetContentKeyAsync();

    /// <summary>Makes a version whose files are all in the blob store the track's audio, in one step.</summary>
    [Alias("PublishAudioAsync")]
    Task PublishAudioAsync(TrackAudio audio);
}
