using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Playlists;
using Spotify.Contracts.Users;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;
using Spotify.Gateway.Paging;

namespace Spotify.Gateway.Playlists;

/// <summary>Builds the Spotify Web API's playlist objects, looking up the users and tracks they show.</summary>
public sealed class PlaylistObjects(IGrainFactory grains, ApiUrls urls)
{
    public const int DefaultItemLimit = 100;
    public const int MaxItemLimit = 100;

    public async Task<SimplifiedPlaylistObject> SimplifiedAsync(PlaylistDetails playlist) => new(
        playlist.Collaborative,
        playlist.Description,
        new ExternalUrls(),
        urls.Playlist(playlist.Id),
        playlist.Id,
        Images: [],
        playlist.Name,
        await UserAsync(playlist.OwnerId),
        playlist.Public,
        playlist.SnapshotId,
        new PlaylistTracksRefObject(urls.Playlist(playlist.Id) + "/tracks", playlist.ItemCount),
        "playlist",
        SpotifyUri.Playlist(playlist.Id));

    public async Task<PlaylistObject> FullAsync(PlaylistDetails playlist, PlaylistItemPage firstItems) => new(
        playlist.Collaborative,
        playlist.Description,
        new ExternalUrls(),
        new FollowersObject(Href: null, playlist.FollowerCount),
        urls.Playlist(playlist.Id),
        playlist.Id,
        Images: [],
        playlist.Name,
        await UserAsync(playlist.OwnerId),
        playlist.Public,
        playlist.SnapshotId,
        await ItemsAsync(playlist.Id, new PageRequest(0, DefaultItemLimit), firstItems, "tracks"),
        "playlist",
        SpotifyUri.Playlist(playlist.Id));

    /// <param name="collection">"tracks" or "items": the path the links repeat.</param>
    public async Task<PagingObject<PlaylistTrackObject>> ItemsAsync(string playlistId, PageRequest page, PlaylistItemPage items, string collection)
    {
        var tracks = await Task.WhenAll(items.Items.Select(item => grains.GetGrain<ITrackGrain>(item.TrackId).GetAsync()));
        var adders = await Task.WhenAll(items.Items.Select(item => item.AddedBy).Distinct().Select(UserAsync));
        var addersById = adders.ToDictionary(user => user.Id);
        var objects = items.Items.Select((item, index) => new PlaylistTrackObject(
            Timestamps.Format(item.AddedAt),
            addersById[item.AddedBy],
            IsLocal: false,
            tracks[index] is { } track ? CatalogObjects.Track(track, urls) : null)).ToList();
        return PagingLinks.Create(urls, $"/v1/playlists/{playlistId}/{collection}", page, items.Total, objects);
    }

    private async Task<PlaylistUserObject> UserAsync(string userId)
    {
        var profile = await grains.GetGrain<IUserGrain>(userId).GetProfileAsync();
        return new PlaylistUserObject(profile?.DisplayName, new ExternalUrls(), urls.User(userId), userId, "user", SpotifyUri.User(userId));
    }
}
