using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;
using Spotify.Gateway.Media;
using Spotify.Media.Storage;

namespace Spotify.Gateway.Tests;

/// <summary>Which bytes a media request gets, from its Range and conditional headers alone.</summary>
public sealed class MediaRequestPlanTests
{
    private const string ETag = "\"186a0-8dd\"";
    private static readonly DateTimeOffset LastModified = new(2026, 11, 20, 10, 30, 15, 250, TimeSpan.Zero);
    private static readonly StoredBlob Blob = new("tracks/t/v1/ogg/160.ogg", 100_000, ETag, "audio/ogg", LastModified);

    [Theory]
    [InlineData("bytes=0-99", 0, 100)]
    [InlineData("bytes=1000-1999", 1000, 1000)]
    [InlineData("bytes=99000-", 99_000, 1000)]
    [InlineData("bytes=-500", 99_500, 500)]
    [InlineData("bytes=99500-200000", 99_500, 500)]
    [InlineData("bytes=-200000", 0, 100_000)]
    [InlineData("bytes=99999-99999", 99_999, 1)]
    [InlineData("BYTES=5-9", 5, 5)]
    public void One_range_is_cut_at_the_end_of_the_file(string range, long offset, long length) =>
        Assert.Equal(new MediaRequestPlan(MediaAnswer.Range, offset, length), Plan(("Range", range)));

    [Theory]
    [InlineData("bytes=100000-")]
    [InlineData("bytes=250000-300000")]
    [InlineData("bytes=-0")]
    public void A_range_starting_past_the_end_is_not_satisfiable(string range) =>
        Assert.Equal(MediaAnswer.RangeNotSatisfiable, Plan(("Range", range)).Answer);

    [Theory]
    [InlineData("bytes=0-9,20-29")]
    [InlineData("bytes=9-0")]
    [InlineData("bytes=abc")]
    [InlineData("items=0-9")]
    [InlineData("")]
    public void Several_ranges_another_unit_or_a_malformed_range_get_the_whole_file(string range) =>
        Assert.Equal(new MediaRequestPlan(MediaAnswer.Whole, 0, 100_000), Plan(("Range", range)));

    [Fact]
    public void No_range_gets_the_whole_file() =>
        Assert.Equal(new MediaRequestPlan(MediaAnswer.Whole, 0, 100_000), Plan());

    [Fact]
    public void An_empty_file_has_no_satisfiable_range() =>
        Assert.Equal(
            MediaAnswer.RangeNotSatisfiable,
            MediaRequestPlan.For(Headers(("Range", "bytes=-10")), Blob with { Length = 0 }).Answer);

    [Theory]
    [InlineData(ETag)]
    [InlineData("W/" + ETag)]
    [InlineData("\"other\", " + ETag)]
    [InlineData("*")]
    public void If_none_match_naming_the_file_is_not_modified_even_with_a_range(string ifNoneMatch) =>
        Assert.Equal(MediaAnswer.NotModified, Plan(("If-None-Match", ifNoneMatch), ("Range", "bytes=0-9")).Answer);

    [Fact]
    public void If_none_match_naming_another_version_gets_the_file_and_outweighs_if_modified_since() =>
        Assert.Equal(
            MediaAnswer.Whole,
            Plan(("If-None-Match", "\"other\""), ("If-Modified-Since", "Sat, 20 Nov 2027 00:00:00 GMT")).Answer);

    [Theory]
    [InlineData("Fri, 20 Nov 2026 10:30:15 GMT", MediaAnswer.NotModified)]
    [InlineData("Sat, 21 Nov 2026 00:00:00 GMT", MediaAnswer.NotModified)]
    [InlineData("Fri, 20 Nov 2026 10:30:14 GMT", MediaAnswer.Whole)]
    public void If_modified_since_compares_whole_seconds(string since, MediaAnswer answer) =>
        Assert.Equal(answer, Plan(("If-Modified-Since", since)).Answer);

    [Theory]
    [InlineData(ETag, MediaAnswer.Range)]
    [InlineData("Fri, 20 Nov 2026 10:30:15 GMT", MediaAnswer.Range)]
    [InlineData("\"older\"", MediaAnswer.Whole)]
    [InlineData("W/" + ETag, MediaAnswer.Whole)]
    [InlineData("Fri, 20 Nov 2026 10:30:14 GMT", MediaAnswer.Whole)]
    public void If_range_lets_the_range_through_only_for_this_version(string ifRange, MediaAnswer answer) =>
        Assert.Equal(answer, Plan(("If-Range", ifRange), ("Range", "bytes=10-19")).Answer);

    private static MediaRequestPlan Plan(params (string Name, string Value)[] headers) => MediaRequestPlan.For(Headers(headers), Blob);

    private static RequestHeaders Headers(params (string Name, string Value)[] headers)
    {
        var dictionary = new HeaderDictionary();
        foreach (var (name, value) in headers)
        {
            dictionary[name] = value;
        }
        return new RequestHeaders(dictionary);
    }
}
