namespace Spotify.Media.Tests;

[CollectionDefinition(Name)]
public sealed class TranscodedTrackCollection : ICollectionFixture<TranscodedTrackFixture>
{
    public const string Name = "Transcoded track";
}
