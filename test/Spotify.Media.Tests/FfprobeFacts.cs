namespace Spotify.Media.Tests;

/// <summary>What ffprobe itself says about a file, read without the code under test.</summary>
internal sealed record FfprobeFacts(string Codec, double DurationSeconds, long BitRate);
