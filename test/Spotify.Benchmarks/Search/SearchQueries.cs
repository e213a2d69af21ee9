using Spotify.Benchmarks.Catalog;

namespace Spotify.Benchmarks.Search;

/// <summary>
/// A mix of what people type into a search box: whole titles, the first letters of a word, artist
/// names, an artist and a title word, filters, and misspellings.
/// </summary>
public static class SearchQueries
{
    public static List<string> Generate(GeneratedCatalog catalog, int count)
    {
        var random = new Random(7);
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            var artist = catalog.Artists[random.Next(catalog.Artists.Length)];
            var album = artist.Albums[random.Next(artist.Albums.Length)];
            var track = album.Tracks[random.Next(album.Tracks.Length)];
            var titleWord = RandomWord(track.Name, random);
            queries.Add(random.Next(100) switch
            {
                < 25 => track.Name.ToLowerInvariant(),
                < 45 => titleWord[..Math.Min(titleWord.Length, random.Next(3, 6))],
                < 60 => artist.Name,
                < 72 => $"{RandomWord(artist.Name, random)} {titleWord}",
                < 80 => $"genre:\"{artist.Genres[0]}\" year:{album.Released.Year - 5}-{album.Released.Year + 5}",
                < 88 => $"{titleWord} album:\"{album.Name}\"",
                _ => Misspell(titleWord, random),
            });
        }
        return queries;
    }

    private static string RandomWord(string text, Random random)
    {
        var words = text.Split(' ');
        return words[random.Next(words.Length)].ToLowerInvariant();
    }

    /// <summary>Swaps two neighbouring letters in the middle of the word, a common typing slip.</summary>
    private static string Misspell(string word, Random random)
    {
        if (word.Length < 4)
        {
            return word;
        }
        var at = random.Next(1, word.Length - 2);
        var letters = word.ToCharArray();
        (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
        return new string(letters);
    }
}
