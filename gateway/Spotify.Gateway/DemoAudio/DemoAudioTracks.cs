using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.DemoAudio;

/// <summary>Which demo tracks get audio: the first of every genre, then the second of every genre, and so on.</summary>
public static class DemoAudioTracks
{
    public static IReadOnlyList<DemoAudioTrack> Choose(int count)
    {
        var catalog = DemoCatalog.Build();
        var genreOfArtist = catalog.Artists.ToDictionary(artist => artist.Id, artist => artist.Genres[0]);
        return
        [
            .. catalog.Tracks
                .GroupBy(track => genreOfArtist[track.Artists[0].Id])
                .SelectMany(genre => genre.Select((track, index) => new DemoAudioTrack(track.Id, genre.Key, index)))
                .OrderBy(track => track.Variation)
                .Take(count),
        ];
    }
}
