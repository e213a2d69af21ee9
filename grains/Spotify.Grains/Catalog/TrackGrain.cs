using System.Collections.Immutable;
using System.Security.Cryptography;
using Spotify.Contracts;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Media;

namespace Spotify.Grains.Catalog;

/// <summary>
/// A catalog track, its play counter and its published audio with the key it is encrypted with. Plays of a popular track arrive all the time, so the
/// counter is stored every few seconds rather than on every play: a crash loses at most that much
/// counting, which only makes popularity a little lower.
/// </summary>
public sealed class TrackGrain(
    [PersistentState("track", ProviderNames.CatalogStorage)] IPersistentState<TrackState> state,
    TimeProvider time)
    : Grain, ITrackGrain
{
    public static readonly TimeSpan StorePlaysEvery = TimeSpan.FromSeconds(5);

    private IGrainTimer? _storeTimer;
    private bool _playsChanged;

    public Task<TrackDetails?> GetAsync()
    {
        if (state.State.Track is not { } track || state.State.RecentPlays.Value == 0)
        {
            return Task.FromResult(state.State.Track);
        }
        var recentPlays = state.State.RecentPlays.At(time.GetUtcNow(), TrackPopularity.HalfLife);
        return Task.FromResult<TrackDetails?>(track with { Popularity = TrackPopularity.Of(track.Popularity, recentPlays) });
    }

    public async Task UpsertAsync(TrackDetails track)
    {
        CatalogKeys.EnsureMatches(this.GetPrimaryKeyString(), track.Id, "track");
        state.State.Track = track;
        _playsChanged = false;
        await state.WriteStateAsync();
    }

    public Task RecordPlaysAsync(int plays, DateTimeOffset at)
    {
        if (state.State.Track is null || plays <= 0)
        {
            return Task.CompletedTask;
        }
        state.State.RecentPlays.Add(plays, at, TrackPopularity.HalfLife);
        _playsChanged = true;
        // Only tracks that are being played pay for a timer.
        _storeTimer ??= this.RegisterGrainTimer(StorePlaysAsync, StorePlaysEvery, StorePlaysEvery);
        return Task.CompletedTask;
    }

    public Task<TrackAudio?> GetAudioAsync() => Task.FromResult(state.State.Track is null ? null : state.State.Audio);

    public async Task<ImmutableArray<byte>> GetOrCreateContentKeyAsync()
    {
        if (state.State.Track is null)
        {
            return [];
        }
        if (state.State.ContentKey is null)
        {
            state.State.ContentKey = RandomNumberGenerator.GetBytes(16);
            await state.WriteStateAsync();
        }
        return [.. state.State.ContentKey];
    }

    public Task<ImmutableArray<byte>> GetContentKeyAsync() =>
        Task.FromResult<ImmutableArray<byte>>(state.State.Audio is null || state.State.ContentKey is null ? [] : [.. state.State.ContentKey]);

    public async Task PublishAudioAsync(TrackAudio audio)
    {
        if (state.State.Track is null || state.State.ContentKey is null)
        {
            throw new InvalidOperationException($"Track {this.GetPrimaryKeyString()} has no content key: audio is encrypted with it before it is published.");
        }
        state.State.Audio = audio;
        _playsChanged = false;
        await state.WriteStateAsync();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        StorePlaysAsync(cancellationToken);

    private async Task StorePlaysAsync(CancellationToken cancellationToken)
    {
        if (_playsChanged)
        {
            _playsChanged = false;
            await state.WriteStateAsync(cancellationToken);
        }
    }
}
