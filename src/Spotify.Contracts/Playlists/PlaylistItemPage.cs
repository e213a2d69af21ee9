using System.Collections.Immutable;

namespace Spotify.Contracts.Playlists;

[GenerateSerializer, Immutable, Alias("spotify.playlists.PlaylistItemPage")]
public sealed record PlaylistItemPage(ImmutableArray<PlaylistItem> Items, int Total, string SnapshotId);
