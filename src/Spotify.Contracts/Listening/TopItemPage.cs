using System.Collections.Immutable;

namespace Spotify.Contracts.Listening;

[GenerateSerializer, Immutable, Alias("spotify.listening.TopItemPage")]
public sealed record TopItemPage(ImmutableArray<TopItem> Items, int Total);
