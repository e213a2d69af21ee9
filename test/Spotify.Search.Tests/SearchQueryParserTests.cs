namespace Spotify.Search.Tests;

public sealed class SearchQueryParserTests
{
    private static SearchQuery Parse(string q)
    {
        Assert.True(SearchQueryParser.TryParse(q, out var query, out var error), error);
        return query;
    }

    private static string Error(string? q)
    {
        Assert.False(SearchQueryParser.TryParse(q, out _, out var error));
        return error;
    }

    [Fact]
    public void Free_words_and_quoted_filters_are_read_apart()
    {
        var query = Parse("one more Artist:\"Daft Punk\" album:discovery genre:house");

        Assert.Equal<string>(["one", "more"], query.Words);
        Assert.Equal<string>(["daft", "punk"], query.ArtistWords);
        Assert.Equal<string>(["discovery"], query.AlbumWords);
        Assert.Equal<string>(["house"], query.GenreWords);
        Assert.Null(query.Years);
    }

    [Fact]
    public void Year_filter_reads_a_year_or_a_range()
    {
        Assert.Equal(new YearRange(1999, 1999), Parse("year:1999").Years);
        Assert.Equal(new YearRange(1990, 1999), Parse("love year:1990-1999").Years);
    }

    [Theory]
    [InlineData("year:99")]
    [InlineData("year:1999-1990")]
    [InlineData("year:abcd")]
    [InlineData("year:1990-1995-1999")]
    public void Malformed_years_are_refused(string q) =>
        Assert.StartsWith("Invalid year filter", Error(q));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("!!! ---")]
    [InlineData("artist:\"\"")]
    public void A_query_without_words_is_refused(string? q) =>
        Assert.Equal("No search query", Error(q));

    [Fact]
    public void Overlong_queries_are_refused()
    {
        Assert.StartsWith("Search query too long", Error(new string('a', SearchQueryParser.MaxLength + 1)));
        Assert.StartsWith("Search query too long", Error(string.Join(' ', Enumerable.Repeat("la", SearchQueryParser.MaxWords + 1))));
    }

    [Fact]
    public void Unknown_fields_are_plain_text()
    {
        Assert.Equal<string>(["remix", "2020"], Parse("remix:2020").Words);
    }

    [Theory]
    [InlineData("Beyoncé", "beyonce")]
    [InlineData("Sigur Rós – Ágætis byrjun", "sigur ros agaetis byrjun")]
    [InlineData("Don't Stop Me Now", "dont stop me now")]
    [InlineData("Mötley Crüe", "motley crue")]
    [InlineData("Straße Øresund Łódź", "strasse oresund lodz")]
    [InlineData("Cœur de pirate", "coeur de pirate")]
    [InlineData("Hồ Ngọc Hà", "ho ngoc ha")]
    [InlineData("AC/DC", "ac dc")]
    public void Text_is_folded_to_plain_lower_case_words(string text, string key) =>
        Assert.Equal(key, SearchText.Key(text));
}
