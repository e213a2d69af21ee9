using System.Collections.Immutable;

namespace Spotify.Benchmarks.Catalog;

/// <summary>
/// A deterministic catalog of any size whose names look like real ones to a search index: words
/// drawn with a Zipf distribution from common title words and made-up words, so some words are in
/// thousands of names and most in a few.
/// </summary>
public sealed class GeneratedCatalog
{
    public const int TracksPerAlbum = 10;
    public const int AlbumsPerArtist = 4;

    private static readonly string[] CommonWords =
    [
        "love", "night", "heart", "time", "day", "life", "world", "light", "dream", "fire", "rain", "blue", "home",
        "baby", "dance", "summer", "city", "river", "road", "star", "moon", "soul", "gold", "wild", "free", "run",
        "young", "forever", "alone", "again", "tonight", "sky", "ocean", "shadow", "memory", "winter", "angel",
        "electric", "midnight", "paradise", "sweet", "broken", "highway", "silver", "storm", "echo", "velvet",
        "thunder", "garden", "island", "mirror", "kingdom", "diamond", "ghost", "wolf", "rose", "stone", "glass",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ren", "tor", "vel", "sa", "dun", "ber", "cho", "fa", "gri", "hal", "jun", "ko", "lan",
        "mor", "ne", "pa", "qui", "ro", "sil", "ta", "ur", "vin", "wy", "xa", "yo", "zen", "bra", "cle", "dro",
    ];

    public static readonly ImmutableArray<string> Genres =
    [
        "rock", "pop", "jazz", "hip hop", "classical", "folk", "electronic", "house", "techno", "ambient",
        "metal", "punk", "soul", "funk", "blues", "country", "reggae", "latin", "k-pop", "indie rock",
        "indie pop", "dream pop", "trip hop", "drum and bass", "disco", "gospel", "opera", "grunge", "emo", "ska",
    ];

    private readonly Random _random = new(20261124);
    private readonly string[] _vocabulary;

    private GeneratedCatalog(int trackCount)
    {
        _vocabulary = [.. CommonWords, .. Enumerable.Range(0, 4000).Select(_ => MadeUpWord()).Distinct()];
        var artistCount = Math.Max(1, trackCount / (TracksPerAlbum * AlbumsPerArtist));
        Artists = [.. Enumerable.Range(0, artistCount).Select(BuildArtist)];
    }

    public ImmutableArray<GeneratedArtist> Artists { get; }

    public int TrackCount => Artists.Sum(artist => artist.Albums.Sum(album => album.Tracks.Length));

    public static GeneratedCatalog Build(int trackCount) => new(trackCount);

    private GeneratedArtist BuildArtist(int number)
    {
        var genres = ImmutableArray.Create(Genres[Zipf(Genres.Length)], Genres[_random.Next(Genres.Length)]).Distinct().ToImmutableArray();
        var albums = Enumerable.Range(0, AlbumsPerArtist).Select(album => BuildAlbum(number, album)).ToImmutableArray();
        return new GeneratedArtist($"bench-artist-{number}", Title(1, 3), genres, _random.Next(1, 100), albums);
    }

    private GeneratedAlbum BuildAlbum(int artist, int album)
    {
        var albumNumber = artist * AlbumsPerArtist + album;
        var tracks = Enumerable.Range(0, TracksPerAlbum)
            .Select(track => new GeneratedTrack($"QZBEN{albumNumber * TracksPerAlbum + track:D7}", Title(1, 4), _random.Next(120_000, 360_000), Zipf(100)))
            .ToImmutableArray();
        var released = new DateOnly(1960, 1, 1).AddDays(_random.Next(0, 66 * 365));
        return new GeneratedAlbum($"{900_000_000_000 + albumNumber}", Title(1, 3), released, tracks);
    }

    private string Title(int minWords, int maxWords)
    {
        var words = Enumerable.Range(0, _random.Next(minWords, maxWords + 1)).Select(_ => _vocabulary[Zipf(_vocabulary.Length)]);
        return string.Join(' ', words.Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
    }

    private string MadeUpWord() =>
        string.Concat(Enumerable.Range(0, _random.Next(2, 4)).Select(_ => Syllables[_random.Next(Syllables.Length)]));

    /// <summary>A rank from 0 to <paramref name="count"/>-1, rank r drawn with weight 1/(r+1).</summary>
    private int Zipf(int count)
    {
        // The harmonic number approximation keeps this O(1) per draw.
        var harmonic = Math.Log(count) + 0.5772;
        var target = _random.NextDouble() * harmonic;
        var rank = (int)Math.Exp(target - 0.5772);
        return Math.Clamp(rank, 0, count - 1);
    }
}
