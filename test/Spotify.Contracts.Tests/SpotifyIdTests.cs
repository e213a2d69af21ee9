using Spotify.Contracts.Ids;

namespace Spotify.Contracts.Tests;

public sealed class SpotifyIdTests
{
    [Theory]
    [InlineData("6rqhFgbbKwnb9MLmUQDhG6")]
    [InlineData("0000000000000000000000")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzZ")]
    public void Twenty_two_base62_characters_are_a_valid_id(string id) => Assert.True(SpotifyId.IsValid(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("6rqhFgbbKwnb9MLmUQDhG")]
    [InlineData("6rqhFgbbKwnb9MLmUQDhG67")]
    [InlineData("6rqhFgbbKwnb9MLmUQDh-6")]
    [InlineData("6rqhFgbbKwnb9MLmUQDh 6")]
    [InlineData("6rqhFgbbKwnb9MLmUQDhé6")]
    [InlineData("6rqhFgbbKwnb9MLmUQDh٣6")]
    public void Anything_else_is_not_a_valid_id(string? id) => Assert.False(SpotifyId.IsValid(id));

    [Fact]
    public void New_ids_are_valid_and_distinct()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => SpotifyId.NewId()).ToList();

        Assert.All(ids, id => Assert.True(SpotifyId.IsValid(id), id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void An_id_from_a_natural_key_is_stable_and_valid()
    {
        var first = SpotifyId.FromNaturalKey("isrc:USRC17607839");
        var second = SpotifyId.FromNaturalKey("isrc:USRC17607839");
        var other = SpotifyId.FromNaturalKey("isrc:USRC17607840");

        Assert.True(SpotifyId.IsValid(first));
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Uris_name_the_type_and_id()
    {
        Assert.Equal("spotify:track:6rqhFgbbKwnb9MLmUQDhG6", SpotifyUri.Track("6rqhFgbbKwnb9MLmUQDhG6"));
        Assert.Equal("spotify:album:6rqhFgbbKwnb9MLmUQDhG6", SpotifyUri.Album("6rqhFgbbKwnb9MLmUQDhG6"));
        Assert.Equal("spotify:artist:6rqhFgbbKwnb9MLmUQDhG6", SpotifyUri.Artist("6rqhFgbbKwnb9MLmUQDhG6"));
    }
}
