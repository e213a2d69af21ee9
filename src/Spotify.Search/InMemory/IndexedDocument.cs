namespace Spotify.Search.InMemory;

/// <summary>A document as the in-memory index keeps it: each distinct word with the texts it occurs in.</summary>
internal sealed record IndexedDocument(
    string Id,
    string NameKey,
    int? Year,
    int Popularity,
    IReadOnlyDictionary<string, SearchField> Words)
{
    public static IndexedDocument From(SearchDocument document)
    {
        var words = new Dictionary<string, SearchField>(StringComparer.Ordinal);
        void Add(string? text, SearchField field)
        {
            foreach (var word in SearchText.Words(text))
            {
                words[word] = words.GetValueOrDefault(word) | field;
            }
        }

        Add(document.Name, SearchField.Name);
        foreach (var artist in document.ArtistNames)
        {
            Add(artist, SearchField.Artist);
        }
        Add(document.AlbumName, SearchField.Album);
        foreach (var genre in document.Genres)
        {
            Add(genre, SearchField.Genre);
        }
        return new IndexedDocument(document.Id, SearchText.Key(document.Name), document.Year, document.Popularity, words);
    }
}
