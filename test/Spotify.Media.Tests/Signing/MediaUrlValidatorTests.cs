using Spotify.Media.Signing;

namespace Spotify.Media.Tests.Signing;

public sealed class MediaUrlValidatorTests
{
    private readonly SigningSetup _setup = new();

    // Parts of a signed path after splitting on '/': "", "media", signature, expires, user, track, version, file...
    private const int SignaturePart = 2;
    private const int ExpiresPart = 3;
    private const int UserPart = 4;
    private const int TrackPart = 5;
    private const int VersionPart = 6;

    [Theory]
    [InlineData(SignaturePart, "AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData(ExpiresPart, "1795615200")]
    [InlineData(UserPart, "0000000000000000000000")]
    [InlineData(TrackPart, "0000000000000000000000")]
    [InlineData(VersionPart, "v4")]
    public void Changing_a_signed_part_breaks_the_signature(int part, string replacement)
    {
        var parts = Sign().Split('/');
        Assert.NotEqual(replacement, parts[part]);
        parts[part] = replacement;

        Assert.Equal(MediaUrlFailure.BadSignature, _setup.Validator.Validate(string.Join('/', parts)).Failure);
    }

    [Fact]
    public void Flipping_one_signature_character_breaks_it()
    {
        var path = Sign();
        var parts = path.Split('/');
        parts[SignaturePart] = (parts[SignaturePart][0] == 'A' ? 'B' : 'A') + parts[SignaturePart][1..];

        Assert.Equal(MediaUrlFailure.BadSignature, _setup.Validator.Validate(string.Join('/', parts)).Failure);
    }

    [Fact]
    public void Path_signed_with_another_secret_has_a_bad_signature()
    {
        var other = new MediaUrlSigner(new MediaSigningOptions { Secret = new string('x', 40) }, _setup.Clock);

        var path = other.Sign(SigningSetup.SegmentBlob, SigningSetup.UserId).Path;

        Assert.Equal(MediaUrlFailure.BadSignature, _setup.Validator.Validate(path).Failure);
    }

    [Fact]
    public void Any_file_of_the_signed_track_version_is_granted()
    {
        var prefix = Sign()[..^"hls/64/seg_00001.m4s".Length];

        var validation = _setup.Validator.Validate(prefix + "hls/160/seg_00042.m4s");

        Assert.True(validation.IsValid);
        Assert.Equal($"tracks/{SigningSetup.TrackId}/{SigningSetup.Version}/hls/160/seg_00042.m4s", validation.Grant.BlobPath);
    }

    [Theory]
    [InlineData("hls/../../v2/hls/64/seg_00001.m4s")]
    [InlineData("../v2/audio.ogg")]
    [InlineData("..")]
    [InlineData("hls/./64/seg_00001.m4s")]
    [InlineData("hls//64/seg_00001.m4s")]
    [InlineData("hls\\64\\seg_00001.m4s")]
    [InlineData("hls/64/")]
    [InlineData("")]
    [InlineData("hls/%2e%2e/x")]
    public void File_path_that_could_leave_the_signed_folder_is_malformed(string file)
    {
        var prefix = Sign()[..^"hls/64/seg_00001.m4s".Length];

        Assert.Equal(MediaUrlFailure.Malformed, _setup.Validator.Validate(prefix + file).Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/media/")]
    [InlineData("/v1/tracks/4uLU6hMCjMI75M1A2tKUQC")]
    [InlineData("/media/AAAAAAAAAAAAAAAAAAAAAA/1795615200/user/track/v1")]
    [InlineData("/media/short/1795615200/user/track/v1/audio.ogg")]
    [InlineData("/media/AAAAAAAAAAAAAAAAAAAA==/1795615200/user/track/v1/audio.ogg")]
    [InlineData("/media/AAAAAAAAAAAAAAAAAAAAAA/-1795615200/user/track/v1/audio.ogg")]
    [InlineData("/media/AAAAAAAAAAAAAAAAAAAAAA/0/user/track/v1/audio.ogg")]
    [InlineData("/media/AAAAAAAAAAAAAAAAAAAAAA/17956152.5/user/track/v1/audio.ogg")]
    [InlineData("/media/AAAAAAAAAAAAAAAAAAAAAA/999999999999/user/track/v1/audio.ogg")]
    [InlineData("/media/AAAAAAAAAAAAAAAAAAAAAA/1795615200/../track/v1/audio.ogg")]
    [InlineData("/media/AAAAAAAAAAAAAAAAAAAAAA/1795615200/user/../v1/audio.ogg")]
    [InlineData("/media/AAAAAAAAAAAAAAAAAAAAAA/1795615200/user/track/../audio.ogg")]
    [InlineData("/MEDIA/AAAAAAAAAAAAAAAAAAAAAA/1795615200/user/track/v1/audio.ogg")]
    public void Path_that_is_not_a_signed_media_path_is_malformed(string path)
    {
        Assert.Equal(MediaUrlFailure.Malformed, _setup.Validator.Validate(path).Failure);
    }

    [Fact]
    public void Path_works_until_its_expiry_second_and_not_after()
    {
        var path = Sign();

        _setup.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True(_setup.Validator.Validate(path).IsValid);

        _setup.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(MediaUrlFailure.Expired, _setup.Validator.Validate(path).Failure);
    }

    [Fact]
    public void Expired_path_with_a_bad_signature_is_reported_as_a_bad_signature()
    {
        var parts = Sign().Split('/');
        parts[UserPart] = "someone-else";
        _setup.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(MediaUrlFailure.BadSignature, _setup.Validator.Validate(string.Join('/', parts)).Failure);
    }

    private string Sign() => _setup.Signer.Sign(SigningSetup.SegmentBlob, SigningSetup.UserId).Path;
}
