namespace Spotify.Testing;

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
