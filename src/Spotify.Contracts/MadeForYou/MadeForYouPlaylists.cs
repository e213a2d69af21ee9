using System.Collections.Immutable;

namespace Spotify.Contracts.MadeForYou;

/// <summary>The playlists the platform currently makes for a user: null and empty until their first fill.</summary>
[GenerateSerializer, Immutable, Alias("spotify.madeforyou.MadeForYouPlaylists")]
public sealed record MadeForYouPlaylists(string? DiscoverWeeklyId, ImmutableArray<string> DailyMixIds);
