using System.ComponentModel.DataAnnotations;
using Spotify.Media.Signing;

namespace Spotify.Media.Tests.Signing;

public sealed class MediaUrlSignerTests
{
    private readonly SigningSetup _setup = new();

    [Fact]
    public void Signed_path_names_signature_expiry_user_track_version_and_file()
    {
        var signed = _setup.Signer.Sign(SigningSetup.SegmentBlob, SigningSetup.UserId);

        var expires = SigningSetup.Start.AddHours(1).ToUnixTimeSeconds();
        Assert.Matches(
            $"^/media/[A-Za-z0-9_-]{{22}}/{expires}/{SigningSetup.UserId}/{SigningSetup.TrackId}/{SigningSetup.Version}/hls/64/seg_00001\\.m4s$",
            signed.Path);
        Assert.Equal(SigningSetup.Start.AddHours(1), signed.ExpiresAt);
    }

    [Fact]
    public void Signed_path_validates_to_its_blob_and_user()
    {
        var signed = _setup.Signer.Sign(SigningSetup.SegmentBlob, SigningSetup.UserId);

        var validation = _setup.Validator.Validate(signed.Path);

        Assert.True(validation.IsValid);
        Assert.Equal(
            new MediaGrant(SigningSetup.SegmentBlob, SigningSetup.UserId, SigningSetup.TrackId, SigningSetup.Version, signed.ExpiresAt),
            validation.Grant);
    }

    [Fact]
    public void Lifetime_comes_from_the_options_unless_given()
    {
        _setup.Options.UrlLifetime = TimeSpan.FromMinutes(10);

        Assert.Equal(SigningSetup.Start.AddMinutes(10), _setup.Signer.Sign(SigningSetup.SegmentBlob, SigningSetup.UserId).ExpiresAt);
        Assert.Equal(
            SigningSetup.Start.AddMinutes(3),
            _setup.Signer.Sign(SigningSetup.SegmentBlob, SigningSetup.UserId, TimeSpan.FromMinutes(3)).ExpiresAt);
    }

    [Fact]
    public void Same_version_signed_for_two_users_differs_only_in_signature_and_user()
    {
        var ada = _setup.Signer.Sign(SigningSetup.SegmentBlob, "ada").Path.Split('/');
        var bob = _setup.Signer.Sign(SigningSetup.SegmentBlob, "bob").Path.Split('/');

        Assert.NotEqual(ada[2], bob[2]);
        Assert.Equal(ada[3], bob[3]);
        Assert.Equal(("ada", "bob"), (ada[4], bob[4]));
        Assert.Equal(ada[5..], bob[5..]);
    }

    [Theory]
    [InlineData("tracks/4uLU6hMCjMI75M1A2tKUQC/v3")]
    [InlineData("models/recommendations/7/model.zip")]
    [InlineData("tracks/4uLU6hMCjMI75M1A2tKUQC/v3/../v2/audio.ogg")]
    [InlineData("/tracks/4uLU6hMCjMI75M1A2tKUQC/v3/audio.ogg")]
    public void Only_files_of_a_track_version_can_be_signed(string blobPath)
    {
        Assert.Throws<ArgumentException>(() => _setup.Signer.Sign(blobPath, SigningSetup.UserId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("user name")]
    public void User_id_that_cannot_be_a_path_segment_is_rejected(string userId)
    {
        Assert.Throws<ArgumentException>(() => _setup.Signer.Sign(SigningSetup.SegmentBlob, userId));
    }

    [Fact]
    public void Lifetime_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _setup.Signer.Sign(SigningSetup.SegmentBlob, SigningSetup.UserId, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("too-short-0123456789")]
    [InlineData("has a space in it 0123456789abcdefgh")]
    [InlineData("has$a-dollar-that-nginx-would-expand-0123")]
    [InlineData("has\"a-quote-that-ends-the-nginx-string-01")]
    public void Secret_that_is_short_or_unsafe_in_nginx_is_refused(string secret)
    {
        var options = new MediaSigningOptions { Secret = secret };

        Assert.Contains(options.Validate(new ValidationContext(options)), problem => problem.MemberNames.Contains(nameof(options.Secret)));
        Assert.Throws<ArgumentException>(() => new MediaUrlSigner(options, TimeProvider.System));
        Assert.Throws<ArgumentException>(() => new MediaUrlValidator(options, TimeProvider.System));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData(8 * 24 * 3600)]
    public void Default_lifetime_must_be_positive_and_at_most_a_week(int seconds)
    {
        var options = new MediaSigningOptions { Secret = SigningSetup.Secret, UrlLifetime = TimeSpan.FromSeconds(seconds) };

        Assert.Contains(options.Validate(new ValidationContext(options)), problem => problem.MemberNames.Contains(nameof(options.UrlLifetime)));
    }

    [Fact]
    public void Default_options_with_a_good_secret_are_valid()
    {
        var options = new MediaSigningOptions { Secret = SigningSetup.Secret };

        Assert.Empty(options.Validate(new ValidationContext(options)));
        Assert.Equal(TimeSpan.FromHours(1), options.UrlLifetime);
    }
}
