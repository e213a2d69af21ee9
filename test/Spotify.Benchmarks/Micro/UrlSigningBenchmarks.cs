using BenchmarkDotNet.Attributes;
using Spotify.Media.Signing;

namespace Spotify.Benchmarks.Micro;

/// <summary>Signing a media path for a playback response, and checking one on every /media request.</summary>
[MemoryDiagnoser]
public class UrlSigningBenchmarks
{
    private const string BlobPath = "tracks/4uLU6hMCjMI75M1A2tKUQC/20261125a/160.ogg";

    private MediaUrlSigner _signer = null!;
    private MediaUrlValidator _validator = null!;
    private string _signedPath = "";

    [GlobalSetup]
    public void Setup()
    {
        var options = new MediaSigningOptions { Secret = new string('s', MediaSigningOptions.MinimumSecretLength) };
        _signer = new MediaUrlSigner(options, TimeProvider.System);
        _validator = new MediaUrlValidator(options, TimeProvider.System);
        _signedPath = _signer.Sign(BlobPath, "listener-1").Path;
    }

    [Benchmark]
    public SignedMediaPath Sign() => _signer.Sign(BlobPath, "listener-1");

    [Benchmark]
    public MediaUrlValidation Validate() => _validator.Validate(_signedPath);
}
