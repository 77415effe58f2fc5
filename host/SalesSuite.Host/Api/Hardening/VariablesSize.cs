using System.Text.Json;

namespace SalesSuite.Host.Api.Hardening;

internal static class VariablesSize
{
    /// <summary>The length in bytes of the top-level <c>variables</c> value of a JSON request body; 0 when there is none or the body is not JSON.</summary>
    public static long OfBody(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return 0;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVariables = reader.ValueTextEquals("variables"u8);
                reader.Read();
                var start = reader.TokenStartIndex;
                reader.Skip();
                if (isVariables)
                {
                    return reader.BytesConsumed - start;
                }
            }
        }
        catch (JsonException)
        {
            // The request reader reports malformed JSON.
        }

        return 0;
    }
}
