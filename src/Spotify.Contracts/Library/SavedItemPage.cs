using System.Collections.Immutable;

namespace Spotify.Contracts.Library;

[GenerateSerializer, Immutable, Alias("spotify.library.SavedItemPage")]
public sealed record SavedItemPage(ImmutableArray<SavedItem> Items, int Total);
