package io.github.reportmeta.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration carried to the executors, so that a task opens files with the same file
 * systems and credentials ({@code spark.hadoop.*}) as the driver.
 */
final class HadoopConfiguration implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Configuration value;

    HadoopConfiguration(Configuration value) {
        this.value = value;
    }

    Configuration value() {
        return value;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        value.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        value = new Configuration(false);
        value.readFields(in);
    }
}
