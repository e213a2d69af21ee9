using System.Collections.Immutable;

namespace Spotify.Contracts.Listening;

/// <summary>
/// A user's player, keyed by the user's id: it takes the plays the user's apps report, drops those
/// it has seen before (by event id), publishes the rest on the user's listening-history stream, and
/// remembers the latest play as the player's state.
/// </summary>
[Alias("spotify.listening.IPlayerGrain")]
public interface IPlayerGrain : IGrainWithStringKey
{
    /// <summary>How many recent event ids are remembered to recognise a retried batch (days of listening for anyone).</summary>
    const int RememberedEventIds = 2_000;

    /// <returns>For each event, in order, whether it was new (false: a duplicate, not published again).</returns>
    [Alias("ReportAsync")]
    Task<ImmutableArray<bool>> ReportAsync(ImmutableArray<ListeningEvent> events);

    /// <summary>The play that ended last of all those reported, or null before the first.</summary>
    [Alias("GetLastPlayAsync")]
    Task<ListeningEvent?> GetLastPlayAsync();
}
