namespace Spotify.Media.Tools;

/// <summary>What a tool that exited successfully printed.</summary>
public sealed record ToolOutput(string StandardOutput, string StandardError);
