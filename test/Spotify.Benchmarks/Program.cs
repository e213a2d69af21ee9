using Spotify.Benchmarks;

return await BenchmarkCommand.RunAsync(args);
