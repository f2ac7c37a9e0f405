package org.kakehashi.request;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class JobStatusConverter extends EnumNameConverter<JobStatus> {

    public JobStatusConverter() {
        super(JobStatus.class);
    }
}
