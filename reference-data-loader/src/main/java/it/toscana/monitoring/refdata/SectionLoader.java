package it.toscana.monitoring.refdata;

/** A loader of one section of the dataset: where it reads, the dates of the documents it cites, where it writes. */
abstract class SectionLoader {

    final Dataset dataset;
    final DocumentDates dates;
    final RecordWriter writer;

    SectionLoader(Dataset dataset, DocumentDates dates, RecordWriter writer) {
        this.dataset = dataset;
        this.dates = dates;
        this.writer = writer;
    }
}
