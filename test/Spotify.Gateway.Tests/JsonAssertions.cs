using System.Net;
using System.Text.Json;

namespace Spotify.Gateway.Tests;

internal static class JsonAssertions
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The Spotify Web API's error object and nothing else, with the given status.</summary>
    public static async Task<string> AssertErrorAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var json = await response.ReadJsonAsync(expected);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var property = Assert.Single(json.EnumerateObject());
        Assert.Equal("error", property.Name);
        Assert.Equal((int)expected, property.Value.GetProperty("status").GetInt32());
        var message = property.Value.GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        return message!;
    }

    public static void AssertKeys(JsonElement element, params string[] keys) =>
        Assert.Equal(keys.Order(StringComparer.Ordinal), element.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ReadJsonAsync();
}
