using System.Collections.Immutable;
using Orleans.Concurrency;
using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

/// <summary>
/// Sums counted plays per track and passes them on every <see cref="FlushEvery"/>, and when it
/// deactivates. Plays held here when a silo dies are not counted: popularity is an estimate, and
/// the track itself stores its count only every few seconds.
/// </summary>
[StatelessWorker(1)]
public sealed class TrackPlaysBufferGrain : Grain, ITrackPlaysBufferGrain
{
    public static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(1);

    private Dictionary<string, (int Plays, DateTimeOffset At)> _pending = new(StringComparer.Ordinal);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(FlushAsync, FlushEvery, FlushEvery);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => FlushAsync();

    public Task AddAsync(ImmutableArray<TrackPlays> plays)
    {
        foreach (var play in plays)
        {
            var (count, at) = _pending.GetValueOrDefault(play.TrackId);
            _pending[play.TrackId] = (count + play.Plays, play.At > at ? play.At : at);
        }
        return Task.CompletedTask;
    }

    private async Task FlushAsync()
    {
        var flushing = _pending;
        _pending = new(StringComparer.Ordinal);
        foreach (var (trackId, (plays, at)) in flushing)
        {
            // One-way calls: these complete when sent.
            await GrainFactory.GetGrain<ITrackGrain>(trackId).RecordPlaysAsync(plays, at);
        }
    }
}
