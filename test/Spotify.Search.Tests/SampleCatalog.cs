using System.Collections.Immutable;

namespace Spotify.Search.Tests;

/// <summary>A small catalog whose names exercise accents, prefixes, shared words and filters.</summary>
internal static class SampleCatalog
{
    public static readonly SearchDocument Queen = Artist("queen", "Queen", ["rock", "glam rock"], 90);
    public static readonly SearchDocument Beyonce = Artist("beyonce", "Beyoncé", ["pop", "r&b"], 95);
    public static readonly SearchDocument LoveInc = Artist("loveinc", "Love Inc.", ["eurodance"], 40);
    public static readonly SearchDocument Sigur = Artist("sigur", "Sigur Rós", ["post-rock"], 60);

    public static readonly SearchDocument NightAtTheOpera = Album("opera", "A Night at the Opera", ["Queen"], ["rock"], 1975, 85);
    public static readonly SearchDocument Lemonade = Album("lemonade", "Lemonade", ["Beyoncé"], ["pop"], 2016, 88);
    public static readonly SearchDocument Agaetis = Album("agaetis", "Ágætis byrjun", ["Sigur Rós"], ["post-rock"], 1999, 70);

    public static readonly SearchDocument Bohemian = Track("bohemian", "Bohemian Rhapsody", ["Queen"], "A Night at the Opera", ["rock"], 1975, 80);
    public static readonly SearchDocument LoveOfMyLife = Track("loveofmylife", "Love of My Life", ["Queen"], "A Night at the Opera", ["rock"], 1975, 60);
    public static readonly SearchDocument Formation = Track("formation", "Formation", ["Beyoncé"], "Lemonade", ["pop"], 2016, 75);
    public static readonly SearchDocument Sorry = Track("sorry", "Sorry", ["Beyoncé"], "Lemonade", ["pop"], 2016, 65);
    public static readonly SearchDocument Love = Track("love", "Love", ["Lana Del Rey"], "Lust for Life", ["pop"], 2017, 10);
    public static readonly SearchDocument LovelyDay = Track("lovelyday", "Lovely Day", ["Bill Withers"], "Menagerie", ["soul"], 1977, 50);
    public static readonly SearchDocument AllYouNeed = Track("allyouneed", "All You Need Is Love", ["The Beatles"], "Magical Mystery Tour", ["rock"], 1967, 95);
    public static readonly SearchDocument Dancing = Track("dancing", "Broken Bones", ["Love Inc."], "Into the Night", ["eurodance"], 2002, 99);
    public static readonly SearchDocument Svefn = Track("svefn", "Svefn-g-englar", ["Sigur Rós"], "Ágætis byrjun", ["post-rock"], 1999, 55);
    public static readonly SearchDocument DontStopMeNow = Track("dontstop", "Don't Stop Me Now", ["Queen"], "Jazz", ["rock"], 1978, 85);

    public static readonly SearchDocument RoadTrip = Playlist("roadtrip", "Road Trip Rock", 12);
    public static readonly SearchDocument Rainy = Playlist("rainy", "Rainy Day Jazz", 30);

    public static ImmutableArray<SearchDocument> All { get; } =
    [
        Queen, Beyonce, LoveInc, Sigur,
        NightAtTheOpera, Lemonade, Agaetis,
        Bohemian, LoveOfMyLife, Formation, Sorry, Love, LovelyDay, AllYouNeed, Dancing, Svefn, DontStopMeNow,
        RoadTrip, Rainy,
    ];

    public static SearchDocument Artist(string id, string name, ImmutableArray<string> genres, int popularity) =>
        new(SearchItemType.Artist, id, name, [name], null, genres, null, popularity);

    public static SearchDocument Album(string id, string name, ImmutableArray<string> artists, ImmutableArray<string> genres, int year, int popularity) =>
        new(SearchItemType.Album, id, name, artists, name, genres, year, popularity);

    public static SearchDocument Track(string id, string name, ImmutableArray<string> artists, string album, ImmutableArray<string> genres, int year, int popularity) =>
        new(SearchItemType.Track, id, name, artists, album, genres, year, popularity);

    public static SearchDocument Playlist(string id, string name, int followers) =>
        new(SearchItemType.Playlist, id, name, [], null, [], null, followers);
}
