namespace Spotify.Benchmarks;

/// <summary>The benchmark command's entry point (a named class, so it never clashes with the gateway's <c>Program</c>).</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => BenchmarkCommand.RunAsync(args);
}
