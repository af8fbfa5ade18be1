import com.ibm.icu.text.Transliterator;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The {@code icu_transform} token filter of OpenSearch's analysis-icu plugin, for the test node
 * only: Maven Central serves that plugin under no version, and the app's analyzers need nothing
 * else of it. Same name and parameters ({@code id}, {@code dir}), built on Lucene's own
 * ICUTransformFilter, and usable in normalizers as the plugin's is. A production node installs the
 * real plugin (README).
 */
public class IcuTransformForTests extends Plugin implements AnalysisPlugin {
    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("icu_transform", Transform::new);
    }

    static final class Transform extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final Transliterator transliterator;

        Transform(IndexSettings index, Environment environment, String name, Settings settings) {
            super(index, name, settings);
            int direction = "reverse".equals(settings.get("dir")) ? Transliterator.REVERSE : Transliterator.FORWARD;
            this.transliterator = Transliterator.getInstance(settings.get("id", "Null"), direction);
        }

        @Override
        public TokenStream create(TokenStream input) {
            return new ICUTransformFilter(input, transliterator);
        }
    }
}
