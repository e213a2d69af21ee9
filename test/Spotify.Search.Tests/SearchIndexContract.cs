using static Spotify.Search.Tests.SampleCatalog;

namespace Spotify.Search.Tests;

/// <summary>
/// What every search engine must do, run against each of them: the in-memory index of the
/// Embedded profile and the PostgreSQL index of the Cluster profile.
/// </summary>
public abstract class SearchIndexContract
{
    /// <summary>An index with nothing in it, for this test alone.</summary>
    protected abstract Task<ISearchIndex> CreateEmptyIndexAsync();

    private async Task<ISearchIndex> SampleIndexAsync()
    {
        var index = await CreateEmptyIndexAsync();
        await index.IndexAsync(All);
        return index;
    }

    private static async Task<List<string>> IdsAsync(ISearchIndex index, string q, SearchItemType type, int offset = 0, int limit = 50)
    {
        Assert.True(SearchQueryParser.TryParse(q, out var query, out var error), error);
        var hits = await index.SearchAsync(query, type, offset, limit);
        return [.. hits.Ids];
    }

    [Fact]
    public async Task Search_ignores_case_and_accents()
    {
        var index = await SampleIndexAsync();

        Assert.Equal([Beyonce.Id], await IdsAsync(index, "BEYONCE", SearchItemType.Artist));
        Assert.Equal([Sigur.Id], await IdsAsync(index, "sigur ros", SearchItemType.Artist));
        Assert.Equal([Agaetis.Id], await IdsAsync(index, "AGAETIS", SearchItemType.Album));
    }

    [Fact]
    public async Task A_word_matches_the_start_of_a_word()
    {
        var index = await SampleIndexAsync();

        Assert.Equal([Bohemian.Id], await IdsAsync(index, "bohem", SearchItemType.Track));
        Assert.Equal([Bohemian.Id], await IdsAsync(index, "rhaps", SearchItemType.Track));
        Assert.Equal([DontStopMeNow.Id], await IdsAsync(index, "dont stop", SearchItemType.Track));
    }

    [Fact]
    public async Task Every_word_must_match_in_the_name_artist_or_album()
    {
        var index = await SampleIndexAsync();

        Assert.Equal([Bohemian.Id], await IdsAsync(index, "queen bohemian", SearchItemType.Track));
        Assert.Equal([Formation.Id, Sorry.Id], await IdsAsync(index, "lemonade beyonce", SearchItemType.Track));
        Assert.Empty(await IdsAsync(index, "bohemian beyonce", SearchItemType.Track));
    }

    [Fact]
    public async Task Genres_match_only_through_the_genre_filter()
    {
        var index = await SampleIndexAsync();

        Assert.Empty(await IdsAsync(index, "eurodance", SearchItemType.Artist));
        Assert.Equal([LoveInc.Id], await IdsAsync(index, "genre:eurodance", SearchItemType.Artist));
        Assert.Equal([Queen.Id], await IdsAsync(index, "genre:\"glam rock\"", SearchItemType.Artist));
    }

    [Fact]
    public async Task Results_are_ranked_by_match_quality_then_popularity()
    {
        var index = await SampleIndexAsync();

        // Exact name, then names starting with the word (by popularity), then the word
        // elsewhere in the name, then only in the artist's name.
        Assert.Equal(
            [Love.Id, LoveOfMyLife.Id, LovelyDay.Id, AllYouNeed.Id, Dancing.Id],
            await IdsAsync(index, "love", SearchItemType.Track));
    }

    [Fact]
    public async Task Equally_good_matches_are_ordered_by_popularity()
    {
        var index = await SampleIndexAsync();

        Assert.Equal(
            [DontStopMeNow.Id, Bohemian.Id, LoveOfMyLife.Id],
            await IdsAsync(index, "artist:queen", SearchItemType.Track));
    }

    [Fact]
    public async Task Field_filters_narrow_to_their_text()
    {
        var index = await SampleIndexAsync();

        Assert.Equal([LoveOfMyLife.Id], await IdsAsync(index, "love artist:queen", SearchItemType.Track));
        Assert.Equal([Bohemian.Id, LoveOfMyLife.Id], await IdsAsync(index, "album:\"night at the opera\"", SearchItemType.Track));
        Assert.Equal([Dancing.Id], await IdsAsync(index, "album:night artist:love", SearchItemType.Track));
        Assert.Equal([Formation.Id], await IdsAsync(index, "track:formation", SearchItemType.Track));
        Assert.Equal([NightAtTheOpera.Id], await IdsAsync(index, "artist:queen", SearchItemType.Album));
    }

    [Fact]
    public async Task Year_filter_takes_a_year_or_a_range()
    {
        var index = await SampleIndexAsync();

        Assert.Equal([Bohemian.Id, LoveOfMyLife.Id], await IdsAsync(index, "queen year:1975", SearchItemType.Track));
        Assert.Equal([DontStopMeNow.Id, Bohemian.Id, LoveOfMyLife.Id], await IdsAsync(index, "year:1970-1979 artist:queen", SearchItemType.Track));
        Assert.Equal([Agaetis.Id], await IdsAsync(index, "year:1990-1999", SearchItemType.Album));
    }

    [Fact]
    public async Task A_filter_that_cannot_apply_to_a_type_matches_nothing_of_it()
    {
        var index = await SampleIndexAsync();

        Assert.Empty(await IdsAsync(index, "queen album:opera", SearchItemType.Artist));
        Assert.Empty(await IdsAsync(index, "queen year:1975", SearchItemType.Artist));
        Assert.Empty(await IdsAsync(index, "rock genre:rock", SearchItemType.Playlist));
        Assert.Equal([RoadTrip.Id], await IdsAsync(index, "rock", SearchItemType.Playlist));
    }

    [Fact]
    public async Task A_misspelt_word_is_corrected()
    {
        var index = await SampleIndexAsync();

        Assert.Equal([Bohemian.Id], await IdsAsync(index, "bohemain rhapsody", SearchItemType.Track));
        Assert.Equal([Beyonce.Id], await IdsAsync(index, "beyounce", SearchItemType.Artist));
        Assert.Empty(await IdsAsync(index, "xqzvw", SearchItemType.Track));
    }

    [Fact]
    public async Task Searches_return_only_the_asked_type()
    {
        var index = await SampleIndexAsync();

        Assert.Equal([Lemonade.Id], await IdsAsync(index, "lemonade", SearchItemType.Album));
        Assert.Equal([Queen.Id], await IdsAsync(index, "queen", SearchItemType.Artist));
        Assert.Equal([Rainy.Id], await IdsAsync(index, "rainy", SearchItemType.Playlist));
    }

    [Fact]
    public async Task Pages_split_one_order_and_keep_the_total()
    {
        var index = await CreateEmptyIndexAsync();
        var tracks = Enumerable.Range(0, 23)
            .Select(number => Track($"echo{number:D2}", $"Echo {number}", ["Echoes"], "Reverb", ["ambient"], 2000, number % 5))
            .ToList();
        await index.IndexAsync(tracks);
        Assert.True(SearchQueryParser.TryParse("echo", out var query, out _));

        var everything = await index.SearchAsync(query, SearchItemType.Track, 0, 50);
        var pages = new List<string>();
        for (var offset = 0; offset < 30; offset += 10)
        {
            var page = await index.SearchAsync(query, SearchItemType.Track, offset, 10);
            Assert.Equal(23, page.Total);
            pages.AddRange(page.Ids);
        }
        var pastTheEnd = await index.SearchAsync(query, SearchItemType.Track, 40, 10);

        Assert.Equal(23, everything.Total);
        Assert.Equal<string>(everything.Ids, pages);
        Assert.Empty(pastTheEnd.Ids);
        Assert.Equal(23, pastTheEnd.Total);
    }

    [Fact]
    public async Task Indexing_again_replaces_and_removing_forgets()
    {
        var index = await SampleIndexAsync();

        await index.IndexAsync(All);
        await index.IndexAsync([Playlist(RoadTrip.Id, "Summer Drive", 12)]);
        await index.RemoveAsync(SearchItemType.Playlist, Rainy.Id);

        Assert.Equal([Bohemian.Id], await IdsAsync(index, "bohemian", SearchItemType.Track));
        Assert.Empty(await IdsAsync(index, "road trip", SearchItemType.Playlist));
        Assert.Equal([RoadTrip.Id], await IdsAsync(index, "summer", SearchItemType.Playlist));
        Assert.Empty(await IdsAsync(index, "rainy", SearchItemType.Playlist));
    }
}
