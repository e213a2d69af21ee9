namespace Spotify.Gateway.Objects;

/// <summary>A copyright notice; <c>type</c> is C (copyright) or P (sound recording).</summary>
public sealed record CopyrightObject(string Text, string Type);
