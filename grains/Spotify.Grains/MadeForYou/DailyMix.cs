using System.Collections.Immutable;

namespace Spotify.Grains.MadeForYou;

/// <summary>One Daily Mix as picked: its tracks in playing order and its description ("A, B, C and more").</summary>
internal sealed record DailyMix(string Genre, ImmutableArray<string> TrackIds, string Description);
