using Spotify.Contracts.Recommendations;

namespace Spotify.Recommendations.Tests;

public sealed class CandidateScoringTests
{
    private static TasteProfile JazzListener()
    {
        var profile = new TasteProfile();
        profile.Genres["jazz"] = 8;
        profile.Genres["rock"] = 2;
        profile.Artists["quartet"] = 5;
        profile.Tracks["played"] = 4;
        profile.Tracks["skipped"] = -2;
        return profile;
    }

    private static TrackCandidate Candidate(string id, string artist, string genre, int popularity = 50) =>
        new(id, [artist], [genre], popularity);

    [Fact]
    public void Features_are_relative_to_the_strongest_affinity_of_their_kind()
    {
        var features = new CandidateScoring(JazzListener()).Features(Candidate("new", "trio", "rock", popularity: 80), coPlay: 0.4);

        Assert.Equal(0.25f, features.GenreAffinity);
        Assert.Equal(0f, features.ArtistAffinity);
        Assert.Equal(0.4f, features.CoPlay);
        Assert.Equal(0.8f, features.Popularity);
        Assert.Equal(0f, features.PlayedBefore);
        Assert.Equal(0f, features.Skipped);
    }

    [Fact]
    public void The_baseline_prefers_the_liked_genre_and_artist_and_pushes_skips_down()
    {
        var profile = JazzListener();
        var scorer = new BaselineScorer();
        float Score(TrackCandidate candidate) => scorer.Score(new CandidateScoring(profile).Features(candidate, coPlay: 0));

        var favourite = Score(Candidate("new", "quartet", "jazz"));
        var sameGenre = Score(Candidate("other", "trio", "jazz"));
        var otherGenre = Score(Candidate("loud", "band", "rock", popularity: 100));
        var alreadyPlayed = Score(Candidate("played", "quartet", "jazz"));
        var skipped = Score(Candidate("skipped", "quartet", "jazz"));

        Assert.True(favourite > sameGenre, $"{favourite} > {sameGenre}");
        Assert.True(sameGenre > otherGenre, $"{sameGenre} > {otherGenre}");
        Assert.True(favourite > alreadyPlayed, $"{favourite} > {alreadyPlayed}");
        Assert.True(skipped < otherGenre, $"{skipped} < {otherGenre}");
    }

    [Fact]
    public void An_empty_profile_scores_by_popularity_alone()
    {
        var scorer = new BaselineScorer();
        var empty = new TasteProfile();

        var popular = scorer.Score(new CandidateScoring(empty).Features(Candidate("a", "x", "pop", 90), 0));
        var obscure = scorer.Score(new CandidateScoring(empty).Features(Candidate("b", "y", "pop", 10), 0));

        Assert.Equal(0.09f, popular, 0.0001f);
        Assert.True(popular > obscure);
    }
}
