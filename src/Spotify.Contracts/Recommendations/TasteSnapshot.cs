using System.Collections.Immutable;

namespace Spotify.Contracts.Recommendations;

/// <summary>
/// A user's affinities as they are at one moment (decayed to that moment): to tracks, artists and
/// genres, positive for what the user plays, negative for what they skip.
/// </summary>
[GenerateSerializer, Immutable, Alias("spotify.recommendations.TasteSnapshot")]
public sealed record TasteSnapshot(
    ImmutableDictionary<string, double> Tracks,
    ImmutableDictionary<string, double> Artists,
    ImmutableDictionary<string, double> Genres);
